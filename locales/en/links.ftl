# links: en
