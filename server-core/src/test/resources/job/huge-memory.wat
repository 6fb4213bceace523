;; Hostile: declares 40000 pages (2.5 GiB) of linear memory up front. Refused before it runs.
(module
  (memory (export "memory") 40000)
  (func (export "_start")))
