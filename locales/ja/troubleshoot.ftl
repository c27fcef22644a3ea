# troubleshoot: ja
