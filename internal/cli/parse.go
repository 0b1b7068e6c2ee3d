package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
)

// defaultMaxFileSize is the size limit for a document when no config sets one.
const defaultMaxFileSize = 10 << 20

func newParseCommand(e *env) *cobra.Command {
	var stdinName string
	cmd := &cobra.Command{
		Use:   "parse FILE",
		Short: "Print the document model (the input the policies see) as JSON",
		Long: `parse prints the document model of one Markdown file as indented JSON: exactly
the input that every Rego policy sees. Use "-" to read standard input.
docs/input.md explains every field.`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			path := filepath.ToSlash(filepath.Clean(args[0]))
			src, err := readSource(e.stdin, path, stdinName, defaultMaxFileSize)
			if err != nil {
				return usageError(err)
			}
			if path == "-" {
				path = stdinName
			}
			doc, err := markdown.Parse(path, src)
			if err != nil {
				return usageError(err)
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return enc.Encode(doc)
		},
	}
	cmd.Flags().StringVar(&stdinName, "stdin-filename", "<stdin>", "the path reported for standard input")
	return cmd
}

// readSource reads path, or standard input when path is "-", refusing more
// than maxSize bytes.
func readSource(stdin io.Reader, path, stdinName string, maxSize int64) ([]byte, error) {
	if path != "-" {
		return lint.ReadFile(path, maxSize)
	}
	src, err := io.ReadAll(io.LimitReader(stdin, maxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", stdinName, err)
	}
	if int64(len(src)) > maxSize {
		return nil, fmt.Errorf("%s: larger than the size limit of %d bytes", stdinName, maxSize)
	}
	return src, nil
}
