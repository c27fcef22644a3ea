# plan: en
