package addlint.rules["bare-rule"]

report contains "never" if false
