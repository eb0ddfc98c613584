# imapsieve: runs when a message is copied or appended to Junk.
require ["imap4flags"];
addflag "\\Flagged";
