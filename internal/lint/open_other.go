//go:build !unix

package lint

// nonBlockingOpen is 0 where named pipes cannot appear as files.
const nonBlockingOpen = 0
