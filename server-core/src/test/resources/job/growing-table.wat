;; Hostile: a small table that may grow to ten million elements (it declares no maximum), and grows.
;; Refused before it runs.
(module
  (table $t 1 funcref)
  (memory (export "memory") 1)
  (func (export "_start")
    (drop (table.grow $t (ref.null func) (i32.const 10000000)))))
