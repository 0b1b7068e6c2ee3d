package addlint.rules.hostile["not-an-object"]

# A bare string instead of a finding object.
report contains "something is wrong"
