//go:build race

package lint_test

// raceSlowdown scales the time limits of the hostile tests: the race
// detector makes code several times slower.
const raceSlowdown = 10
