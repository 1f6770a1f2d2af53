"""Building blocks shared by every document the program writes: workbooks and markings."""
