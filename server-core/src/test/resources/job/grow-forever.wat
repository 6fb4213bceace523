;; Hostile: grows its linear memory a page at a time, with no maximum of its own.
;; The sandbox must stop it at the seller's memory cap; should a grow ever fail it traps.
(module
  (memory (export "memory") 1)
  (func (export "_start")
    (loop $more
      (if (i32.lt_s (memory.grow (i32.const 1)) (i32.const 0))
        (then (unreachable)))
      (br $more))))
