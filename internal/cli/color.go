package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// useColor decides whether output to w is coloured: --no-color and NO_COLOR
// turn it off, FORCE_COLOR turns it on, and otherwise only a terminal gets
// colour.
func useColor(w io.Writer, noColorFlag bool) bool {
	if noColorFlag || os.Getenv("NO_COLOR") != "" {
		return false
	}
	if v := os.Getenv("FORCE_COLOR"); v != "" && v != "0" && v != "false" {
		return true
	}
	if os.Getenv("TERM") == "dumb" {
		return false
	}
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}
