package addlint.rules.complete["metadata-format_test"]

import data.addlint.rules.complete["metadata-format"] as rule
import data.addlint.testutil

_f(message, line) := testutil.finding("metadata-format", "complete", "error", message, {"line": line})

_with(key, value) := testutil.with_metadata(testutil.valid_doc, key, value)

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_valid_values_pass if {
	every key, value in {
		"date": "2024-02-29",
		"time": "23:59 UTC",
		"version": "10.20.30",
		"architect": "Platform Team",
	} {
		count(rule.report) == 0 with input as _with(key, value)
	}
	count(rule.report) == 0 with input as testutil.without_metadata(testutil.valid_doc, "time")
}

test_date_not_iso if {
	rule.report == {_f(`Date "March 14, 2026" is not a calendar date YYYY-MM-DD: write e.g. "2026-03-14"`, 3)} with input as _with("date", "March 14, 2026")
}

test_date_not_a_real_day if {
	every value in ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "2025-02-29", "1900-02-29", "2026-3-14", "[YYYY-MM-DD]", ""] {
		rule.report == {_f(sprintf(`Date %q is not a calendar date YYYY-MM-DD: write e.g. "2026-03-14"`, [value]), 3)} with input as _with("date", value)
	}
}

test_time_format if {
	every value in ["10:30", "10:30:00", "25:00 UTC", "10:60 UTC", "10:30:61 UTC", "10:30 CET", "[HH:MM:SS UTC]"] {
		rule.report == {_f(sprintf(`Time %q is not HH:MM[:SS] UTC: write e.g. "10:30 UTC" or "10:30:00 UTC"`, [value]), 4)} with input as _with("time", value)
	}
}

test_version_format if {
	every value in ["v1", "1", "1.2.3.4", "v1.2", "[X.Y]", "2.3 (Final, Revised)"] {
		rule.report == {_f(sprintf(`Version %q is not X.Y or X.Y.Z: write e.g. "1.0" or "1.2.3"`, [value]), 5)} with input as _with("version", value)
	}
}

test_status_not_recognized if {
	doc := testutil.with_metadata(testutil.set_field(testutil.valid_doc, "status", ""), "status", "Active")
	rule.report == {_f(`Status "Active" is not Draft, Review or Approved: write one of them`, 6)} with input as doc
}

test_architect_empty_or_placeholder if {
	every value in ["", "[Name/Team]", "TBD", "n/a"] {
		rule.report == {_f(sprintf(`Architect %q names nobody: write the person or team who owns the design, e.g. "Jane Doe / Platform Team"`, [value]), 7)} with input as _with("architect", value)
	}
}

test_one_finding_per_bad_value if {
	doc := _with("version", "v2")
	doc2 := testutil.with_metadata(doc, "date", "yesterday")
	count(rule.report) == 2 with input as doc2
}

test_front_matter_error_reported_at_its_line if {
	doc := testutil.set_field(testutil.valid_doc, "front_matter_error", {"message": "yaml: line 2: mapping values are not allowed in this context", "line": 3, "column": 0})
	rule.report == {testutil.finding(
		"metadata-format", "complete", "error",
		"YAML front matter does not parse (yaml: line 2: mapping values are not allowed in this context): fix the YAML between the --- lines",
		{"line": 3},
	)} with input as doc
}

test_missing_keys_are_not_format_errors if {
	doc := testutil.set_field(testutil.valid_doc, "metadata", {})
	count(rule.report) == 0 with input as doc
}
