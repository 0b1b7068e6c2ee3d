//go:build !race

package lint_test

// raceSlowdown scales the time limits of the hostile tests: 1 without the
// race detector.
const raceSlowdown = 1
