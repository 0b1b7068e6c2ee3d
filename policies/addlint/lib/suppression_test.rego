package addlint.lib_test

import data.addlint.lib
import data.addlint.testutil

test_suppressed_by_named_rule if {
	doc := testutil.set_field(testutil.valid_doc, "suppressions", [testutil.suppression("disable", ["title"], 5, 5, 9)])
	lib.suppressed("title", 5) with input as doc
	lib.suppressed("title", 9) with input as doc
	not lib.suppressed("title", 4) with input as doc
	not lib.suppressed("title", 10) with input as doc
	not lib.suppressed("placeholder", 6) with input as doc
}

test_suppressed_by_all_rules if {
	doc := testutil.set_field(testutil.valid_doc, "suppressions", [testutil.suppression("disable-file", [], 1, 1, 100)])
	lib.suppressed("anything", 50) with input as doc
}

test_enable_never_suppresses if {
	doc := testutil.set_field(testutil.valid_doc, "suppressions", [testutil.suppression("enable", [], 5, 0, 0)])
	not lib.suppressed("title", 0) with input as doc
}

test_not_suppressed_without_comments if {
	not lib.suppressed("title", 1) with input as testutil.valid_doc
}
