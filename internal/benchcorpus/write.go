package benchcorpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Summary counts what WriteDir wrote.
type Summary struct {
	// Files is the number of documents written.
	Files int
	// Bytes is their total size.
	Bytes int64
	// Defective is the number of documents with planted defects.
	Defective int
}

// WriteDir writes documents 0 to n-1 of the corpus opts selects under dir,
// creating dir and its subdirectories. Existing files with the same names
// are replaced; nothing else in dir is touched. Documents are generated one
// at a time, so memory does not grow with n.
func WriteDir(dir string, opts Options, n int) (Summary, error) {
	var sum Summary
	if n < 1 {
		return sum, fmt.Errorf("writing a corpus: the number of documents must be at least 1, not %d", n)
	}
	if dir == "" {
		return sum, errors.New("writing a corpus: no directory given")
	}
	made := map[string]bool{}
	for i := range n {
		doc := Generate(opts, i)
		path := filepath.Join(dir, filepath.FromSlash(doc.Path))
		parent := filepath.Dir(path)
		if !made[parent] {
			if err := os.MkdirAll(parent, 0o750); err != nil {
				return sum, fmt.Errorf("writing a corpus: %w", err)
			}
			made[parent] = true
		}
		if err := os.WriteFile(path, doc.Content, 0o600); err != nil {
			return sum, fmt.Errorf("writing a corpus: %w", err)
		}
		sum.Files++
		sum.Bytes += int64(len(doc.Content))
		if len(doc.Defects) > 0 {
			sum.Defective++
		}
	}
	return sum, nil
}
