# links: ja
