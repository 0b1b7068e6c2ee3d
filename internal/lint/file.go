package lint

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/addlint/addlint/internal/model"
)

// lintTarget reads, parses and evaluates one target. A walked file that is
// not an ADD gives an empty outcome; so does a cancelled run.
func (r *runner) lintTarget(ctx context.Context, t target) (result outcome) {
	defer func() {
		if p := recover(); p != nil {
			result = failed(t.path, fmt.Errorf("%s: internal error while linting (please report it): %v", t.path, p))
		}
	}()
	if t.problem != "" {
		return failed(t.path, fmt.Errorf("%s: %s", t.path, t.problem))
	}
	src, err := r.read(t)
	if err != nil {
		return failed(t.path, err)
	}
	doc, err := r.opts.Parse(t.path, src)
	if err == nil && doc == nil {
		err = errors.New("the parser returned no document")
	}
	if err != nil {
		return failed(t.path, nameFile(t.path, err))
	}
	if t.detect && !looksLikeADD(doc) {
		return outcome{}
	}
	findings, err := r.opts.Engine.Eval(ctx, doc)
	if err != nil {
		if ctx.Err() != nil {
			return outcome{}
		}
		return failed(t.path, nameFile(t.path, fmt.Errorf("evaluating the policies: %w", err)))
	}
	findings = r.finish(t.path, doc, findings)
	return outcome{file: &model.FileResult{Path: t.path, Status: doc.Status, Findings: findings}}
}

// read returns the content of t: standard input or a file.
func (r *runner) read(t target) ([]byte, error) {
	if !t.stdin {
		return ReadFile(t.osPath, r.opts.MaxFileSize)
	}
	if r.opts.Stdin == nil {
		return nil, fmt.Errorf("%s: no standard input to read", t.path)
	}
	return readLimited(t.path, r.opts.Stdin, r.opts.MaxFileSize)
}

// nameFile makes sure err's message starts with path.
func nameFile(path string, err error) error {
	if strings.HasPrefix(err.Error(), path) {
		return err
	}
	return fmt.Errorf("%s: %w", path, err)
}

// failed is the outcome of a file that could not be linted.
func failed(path string, err error) outcome {
	return outcome{err: &model.FileError{Path: path, Message: err.Error()}}
}
