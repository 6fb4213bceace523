;; Hostile: imports a host function that no sandbox offers. Refused at load.
(module
  (import "env" "launch_missiles" (func $launch (param i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "_start")))
