package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/addlint/addlint/internal/atomicfile"
	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/scaffold"
)

// defaultDocumentFile is the file `addlint init` writes when none is named.
const defaultDocumentFile = "architecture-design-document.md"

// initFlags are the flags of `addlint init`.
type initFlags struct {
	name      string
	architect string
	force     bool
	config    bool
}

func newInitCommand(e *env) *cobra.Command {
	var f initFlags
	cmd := &cobra.Command{
		Use:   "init [FILE]",
		Short: "Write a new ADD from the template, or with --config a commented .addlint.yaml",
		Long: `init writes a new Architecture Design Document from the built-in template to
FILE (default ` + defaultDocumentFile + `): today's date and the current time
(UTC), Version 0.1, Status Draft, the system name from --name, and the
architect from --architect, else git's user.name, else $USER. Fill in the
bracketed placeholders; 'addlint lint FILE' lists the ones left.

With --config, init writes a commented ` + config.FileName + ` (default FILE) that
sets every key to its default and explains it.

An existing file is never overwritten without --force.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runInit(cmd.Context(), e, &f, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.name, "name", "", "the system's `NAME`, the document's title")
	fl.StringVar(&f.architect, "architect", "", "the `NAME` of the person or team who owns the design (default: git's user.name, else $USER)")
	fl.BoolVar(&f.force, "force", false, "overwrite FILE if it exists")
	fl.BoolVar(&f.config, "config", false, "write a commented "+config.FileName+" instead of a document")
	return cmd
}

func runInit(ctx context.Context, e *env, f *initFlags, args []string) error {
	path := defaultDocumentFile
	if f.config {
		path = config.FileName
		if f.name != "" || f.architect != "" {
			return usageError(errors.New("--name and --architect describe a document; they cannot be used with --config"))
		}
	}
	if len(args) == 1 {
		path = args[0]
	}
	if !f.force {
		if err := refuseExisting(path); err != nil {
			return usageError(err)
		}
	}
	content, err := initContent(ctx, f)
	if err != nil {
		return usageError(err)
	}
	err = atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(content)
		return err
	})
	if err != nil {
		return usageError(err)
	}
	if f.config {
		_, err = fmt.Fprintf(e.stdout, "Wrote %s: every key at its default, each explained. See docs/configuration.md.\n", path)
	} else {
		_, err = fmt.Fprintf(e.stdout, "Wrote %s (Status: Draft). Replace its [bracketed placeholders]; 'addlint lint %s' lists the ones left.\n", path, path)
	}
	return err
}

// refuseExisting returns an error when something exists at path.
func refuseExisting(path string) error {
	_, err := os.Lstat(path)
	switch {
	case err == nil:
		return fmt.Errorf("%s already exists; use --force to overwrite it", path)
	case errors.Is(err, fs.ErrNotExist):
		return nil
	default:
		return fmt.Errorf("checking %s: %w", path, err)
	}
}

// initContent renders what init writes, before any file is touched.
func initContent(ctx context.Context, f *initFlags) ([]byte, error) {
	var buf bytes.Buffer
	if f.config {
		err := scaffold.WriteConfig(&buf)
		return buf.Bytes(), err
	}
	architect := f.architect
	if architect == "" {
		architect = defaultArchitect(ctx)
	}
	err := scaffold.WriteDocument(&buf, scaffold.Options{Name: f.name, Architect: architect, Now: time.Now()})
	return buf.Bytes(), err
}

// defaultArchitect is git's user.name, else the login name from $USER (or
// %USERNAME% on Windows), else "" (the template keeps its placeholder).
func defaultArchitect(ctx context.Context) string {
	out, err := exec.CommandContext(ctx, "git", "config", "user.name").Output()
	if name := strings.TrimSpace(string(out)); err == nil && name != "" && !strings.ContainsAny(name, "\r\n") {
		return name
	}
	for _, key := range []string{"USER", "USERNAME"} {
		if name := strings.TrimSpace(os.Getenv(key)); name != "" {
			return name
		}
	}
	return ""
}
