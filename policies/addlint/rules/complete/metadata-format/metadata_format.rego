# METADATA
# title: Metadata format
# description: >-
#   Date is not a real calendar date YYYY-MM-DD; Time (if present) is not HH:MM[:SS] UTC;
#   Version is not X.Y or X.Y.Z; Status is not Draft, Review or Approved; Architect is empty
#   or a placeholder; or the YAML front matter does not parse.
# custom:
#   id: metadata-format
#   gate: complete
#   severity: error
#   why: Tools and readers sort, compare and filter designs by these values; a date like "2026-02-30" or a status like "Active" cannot be trusted or compared.
#   example_bad: |
#     **Date**: March 14th
#     **Time**: 10:30
#     **Version**: v1
#     **Status**: Active
#     **Architect**: [Name/Team]
#   example_good: |
#     **Date**: 2026-03-14
#     **Time**: 10:30 UTC
#     **Version**: 1.2
#     **Status**: Review
#     **Architect**: Jane Doe / Platform Team
package addlint.rules.complete["metadata-format"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, loc) if {
	err := input.front_matter_error
	is_object(err)
	msg := sprintf("YAML front matter does not parse (%s): fix the YAML between the --- lines", [err.message])
	loc := {"line": err.line, "column": _positive_or_one(err.column)}
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at(entry)) if {
	entry := input.metadata.date
	not _calendar_date(trim_space(entry.value))
	msg := sprintf(`Date %q is not a calendar date YYYY-MM-DD: write e.g. "2026-03-14"`, [entry.value])
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at(entry)) if {
	entry := input.metadata.time
	not _utc_time(trim_space(entry.value))
	msg := sprintf(`Time %q is not HH:MM[:SS] UTC: write e.g. "10:30 UTC" or "10:30:00 UTC"`, [entry.value])
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at(entry)) if {
	entry := input.metadata.version
	not regex.match(`^\d+\.\d+(\.\d+)?$`, trim_space(entry.value))
	msg := sprintf(`Version %q is not X.Y or X.Y.Z: write e.g. "1.0" or "1.2.3"`, [entry.value])
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at(entry)) if {
	entry := input.metadata.status
	input.status == ""
	msg := sprintf(`Status %q is not Draft, Review or Approved: write one of them`, [entry.value])
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at(entry)) if {
	entry := input.metadata.architect
	_no_name(entry.value)
	msg := sprintf(`Architect %q names nobody: write the person or team who owns the design, e.g. "Jane Doe / Platform Team"`, [entry.value])
}

# _no_name is true when the value names nobody: one of the profile's fillers
# (or empty) or it holds a bracketed placeholder. That is lib.filler (a
# bracketed placeholder alone is a bracketed placeholder anywhere), with the
# fillers read from the profile index as lib.filler reads them.
_no_name(value) if lower(trim_space(value)) in lib.profile_facts.fillers

_no_name(value) if regex.match(`\[[^\]]*\]`, value)

# _calendar_date is true for YYYY-MM-DD naming a real day (2026-02-30 is not).
# Checked by hand: time.parse_ns would raise an error under strict builtin errors.
# The usual case first: a well-formed date whose day is at most 28 exists
# in every month.
_calendar_date(value) if {
	regex.match(`^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|1\d|2[0-8])$`, value)
} else if {
	regex.match(`^\d{4}-\d{2}-\d{2}$`, value)
	year := to_number(substring(value, 0, 4))
	month := to_number(substring(value, 5, 2))
	day := to_number(substring(value, 8, 2))
	month >= 1
	month <= 12
	day >= 1
	day <= _days_in_month(year, month)
}

_days_in_month(year, 2) := 29 if _leap(year)

_days_in_month(year, 2) := 28 if not _leap(year)

_days_in_month(_, month) := [31, 0, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] if month != 2

_leap(year) if {
	year % 4 == 0
	year % 100 != 0
}

_leap(year) if year % 400 == 0

# _utc_time is true for HH:MM or HH:MM:SS followed by UTC, with a real time.
# The usual case first: hours 00 to 23, minutes and seconds 00 to 59.
_utc_time(value) if {
	regex.match(`^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)? UTC$`, value)
} else if {
	parts := regex.find_all_string_submatch_n(`^(\d{2}):(\d{2})(?::(\d{2}))? UTC$`, value, 1)
	count(parts) == 1
	to_number(parts[0][1]) < 24
	to_number(parts[0][2]) < 60
	_seconds_ok(parts[0][3])
}

_seconds_ok("")

_seconds_ok(seconds) if {
	seconds != ""
	to_number(seconds) < 60
}

_positive_or_one(n) := n if {
	is_number(n)
	n > 0
} else := 1
