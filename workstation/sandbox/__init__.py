"""The sandbox marketplace: a loopback server speaking the 1688 and Taobao Global protocols."""
