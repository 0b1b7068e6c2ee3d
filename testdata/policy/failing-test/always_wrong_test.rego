package addlint.rules.custom.always_wrong_test

test_expects_the_impossible if {
	print("about to fail")
	1 == 2
}

test_passes if {
	1 == 1
}
