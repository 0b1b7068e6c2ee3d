package lint

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.md")
	if err := os.WriteFile(small, []byte("# Hello\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	src, err := ReadFile(small, 100)
	if err != nil || string(src) != "# Hello\n" {
		t.Fatalf("ReadFile = %q, %v", src, err)
	}
	if _, err := ReadFile(small, 0); err != nil {
		t.Errorf("maxSize 0 means the default: %v", err)
	}
	if _, err := ReadFile(small, 8); err != nil {
		t.Errorf("a file of exactly maxSize bytes: %v", err)
	}
	_, err = ReadFile(small, 7)
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), small+": file too large: 8 bytes, over the limit of 7 bytes") {
		t.Errorf("over the limit: %v", err)
	}

	missing := filepath.Join(dir, "missing.md")
	_, err = ReadFile(missing, 0)
	if !errors.Is(err, fs.ErrNotExist) || err.Error() != missing+": no such file or directory" {
		t.Errorf("missing: %v", err)
	}

	_, err = ReadFile(dir, 0)
	if !errors.Is(err, ErrNotRegular) || err.Error() != dir+": not a regular file: it is a directory" {
		t.Errorf("directory: %v", err)
	}
}

func TestReadFileChecksSizeBeforeReading(t *testing.T) {
	// A sparse 4 GiB file: reading it would take long, stat does not.
	huge := filepath.Join(t.TempDir(), "huge.md")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(4 << 30); err != nil {
		t.Skipf("cannot make a sparse file: %v", err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = ReadFile(huge, 0)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "4 GiB, over the limit of 10 MiB") {
		t.Errorf("huge file: %v", err)
	}
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("refusing a huge file took %v", elapsed)
	}
}

func TestReadFileRefusesFIFOAndDevices(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe.md")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := ReadFile(fifo, 0)
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("FIFO: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ReadFile blocked on a named pipe")
	}
	if _, err := os.Stat("/dev/null"); err == nil {
		_, err := ReadFile("/dev/null", 0)
		if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "a device") {
			t.Errorf("/dev/null: %v", err)
		}
	}
}
