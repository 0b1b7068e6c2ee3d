# METADATA
# title: Documented rule
# description: Reports nothing; its METADATA is read by Engine.Rules.
# custom:
#   id: documented-rule
#   gate: docs
#   severity: status-scaled
#   why: Metadata is how users learn about a rule.
#   example_bad: "bad"
#   example_good: "good"
package addlint.rules.docs.documented

report contains "never" if false
