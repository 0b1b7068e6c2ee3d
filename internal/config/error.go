package config

import "fmt"

// Error is a problem in a config file, located at a line and naming the key
// at fault.
type Error struct {
	// Path is the config file.
	Path string
	// Line is the 1-based line of the problem, or 0 when unknown.
	Line int
	// Key is the dotted key at fault ("rules.placeholder",
	// "overrides[0].files[1]"), or "" for a syntax error.
	Key string
	// Message says what is wrong.
	Message string
}

// Error formats the problem as "PATH:LINE: KEY: MESSAGE".
func (e *Error) Error() string {
	where := e.Path
	if e.Line > 0 {
		where = fmt.Sprintf("%s:%d", e.Path, e.Line)
	}
	if e.Key == "" {
		return fmt.Sprintf("%s: %s", where, e.Message)
	}
	return fmt.Sprintf("%s: %s: %s", where, e.Key, e.Message)
}
