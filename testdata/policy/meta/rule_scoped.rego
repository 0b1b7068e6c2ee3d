package addlint.rules.docs.scoped

# METADATA
# title: Rule-scoped metadata
# description: Its METADATA sits on report rather than on the package.
# custom:
#   id: scoped-rule
#   severity: info
report contains "never" if false
