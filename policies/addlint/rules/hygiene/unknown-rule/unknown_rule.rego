# METADATA
# title: Unknown rule
# description: A suppression comment or the config names a rule id that does not exist. Reported by the runner, not by Rego.
# custom:
#   id: unknown-rule
#   gate: hygiene
#   severity: warning
#   reported_by: runner
#   why: A misspelt rule id in a suppression silences nothing, so the finding it was meant to hide is still there, or a real one is hidden by a broader comment.
#   example_bad: |
#     <!-- addlint-disable stack-rationales -->
#   example_good: |
#     <!-- addlint-disable stack-rationale -->
package addlint.rules.hygiene["unknown-rule"]

# This package has no report rule: the Go runner knows every rule id and
# reports unknown ones. The package exists so that `addlint rules` and
# `addlint explain unknown-rule` list the rule from its METADATA.
