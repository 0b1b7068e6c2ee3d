//go:build !race

package markdown

// raceSlowdown scales time limits: the race detector makes code several
// times slower.
const raceSlowdown = 1
