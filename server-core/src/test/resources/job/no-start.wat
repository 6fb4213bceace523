;; Faulty: a library, not a command: it exports no _start. Refused at load.
(module
  (memory (export "memory") 1)
  (func (export "run")))
