//go:build unix

package lint

import "syscall"

// nonBlockingOpen makes opening a named pipe return at once instead of
// waiting for a writer.
const nonBlockingOpen = syscall.O_NONBLOCK
