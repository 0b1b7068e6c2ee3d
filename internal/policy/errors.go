package policy

import (
	"errors"
	"fmt"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
)

// compileError turns the compiler's errors into one error listing each
// problem as "file:line: message", and says plainly when a policy calls a
// builtin the sandbox removed.
func compileError(errs ast.Errors) error {
	lines := make([]string, 0, len(errs))
	for _, e := range errs {
		lines = append(lines, describeCompileError(e))
	}
	return fmt.Errorf("compiling policies: %w", errors.New(strings.Join(lines, "\n")))
}

func describeCompileError(e *ast.Error) string {
	message := e.Message
	if name, found := strings.CutPrefix(message, "undefined function "); found && isRemovedBuiltin(name) {
		message = fmt.Sprintf("builtin %s is not allowed: addlint policies run without network, environment or non-deterministic builtins", name)
	}
	if e.Location == nil {
		return message
	}
	return fmt.Sprintf("%s:%d: %s", e.Location.File, e.Location.Row, message)
}
