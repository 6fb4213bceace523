;; Honest: declares at most 2 pages, asks for 5 more, and must be told no (memory.grow gives -1) by the
;; WebAssembly rules rather than being stopped. Exits 0 when refused, 1 when wrongly granted.
(module
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1 2)
  (func (export "_start")
    (call $proc_exit (i32.ne (memory.grow (i32.const 5)) (i32.const -1)))))
