# troubleshoot: en
