# plan: ja
