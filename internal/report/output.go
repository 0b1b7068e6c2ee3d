package report

import (
	"fmt"
	"io"
)

// stickyWriter writes formatted text and remembers the first error, so that a
// writer can print many lines and check for failure once at the end.
type stickyWriter struct {
	w   io.Writer
	err error
}

// printf writes a formatted string unless an earlier write failed.
func (s *stickyWriter) printf(format string, args ...any) {
	if s.err != nil {
		return
	}
	if _, err := fmt.Fprintf(s.w, format, args...); err != nil {
		s.err = fmt.Errorf("write report: %w", err)
	}
}

// print writes text unless an earlier write failed.
func (s *stickyWriter) print(text string) {
	if s.err != nil {
		return
	}
	if _, err := io.WriteString(s.w, text); err != nil {
		s.err = fmt.Errorf("write report: %w", err)
	}
}
