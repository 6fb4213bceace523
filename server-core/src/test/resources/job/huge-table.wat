;; Hostile: declares a table of a million functions (heap the seller would pay for). Refused before it runs.
(module
  (table 1000000 funcref)
  (memory (export "memory") 1)
  (func (export "_start")))
