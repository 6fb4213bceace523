/*
 * An example of a buyer's own WASI program in C: counts the lines, words and bytes of its input (stdin),
 * like wc, and names the input after its first argument.
 *
 *   clang --target=wasm32-wasi -Os -s wc.c -o wc.wasm     (Debian: clang lld wasi-libc libclang-rt-14-dev-wasm32)
 *
 * It uses what a job has: argv, stdin, stdout, stderr, malloc and an exit code. It must not fopen a file:
 * a module that imports path_open is refused, since jobs have no files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    long lines = 0, words = 0, bytes = 0;
    int in_word = 0, c;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') {
            lines++;
        }
        if (c == ' ' || c == '\n' || c == '\t') {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
    }
    /* a heap allocation, to show that malloc works inside the memory cap */
    char *name = malloc(256);
    if (name == NULL) {
        fprintf(stderr, "out of memory\n");
        return 1;
    }
    snprintf(name, 256, "%s", argc > 1 ? argv[1] : "stdin");
    printf("%s: %ld lines, %ld words, %ld bytes\n", name, lines, words, bytes);
    fprintf(stderr, "counted %ld bytes\n", bytes);
    free(name);
    return lines == 0 ? 4 : 0; /* a non-zero exit code is the program's own business */
}
