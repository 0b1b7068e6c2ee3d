package addlint.rules.custom.broken

report contains x if {
	x := "unterminated
}
