;; Cyclex built-in workload: a seeded Monte Carlo estimate of pi, in integers only.
;;   args:   pi SEED SAMPLES       (decimal, each below 2^62)
;;   stdout: the number of hits in decimal and a newline; pi is about 4 * hits / SAMPLES
;;   exit:   0, or 2 with a sentence on stderr when the arguments are wrong
;; Each sample takes two 31-bit coordinates from splitmix64 seeded with SEED and counts a hit when
;; x^2 + y^2 < 2^62. No floating point, so every machine gives the same count
;; (the plain-Java reference is com.cyclex.job.builtin.MonteCarloPi).
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; layout: 0 argc, 4 argv bytes, 8 written, 16 iovec, 64..96 digits, 1024 argv[], 2048.. argument text
  (data (i32.const 256) "usage: pi SEED SAMPLES with SEED, SAMPLES < 2^62\n")
  (global $usage_len i32 (i32.const 49))
  (global $state (mut i64) (i64.const 0))

  (func $write (param $fd i32) (param $ptr i32) (param $len i32)
    (block $done
      (loop $more
        (br_if $done (i32.eqz (local.get $len)))
        (i32.store (i32.const 16) (local.get $ptr))
        (i32.store (i32.const 20) (local.get $len))
        (br_if $done (call $fd_write (local.get $fd) (i32.const 16) (i32.const 1) (i32.const 8)))
        (local.set $ptr (i32.add (local.get $ptr) (i32.load (i32.const 8))))
        (local.set $len (i32.sub (local.get $len) (i32.load (i32.const 8))))
        (br $more))))

  (func $usage
    (call $write (i32.const 2) (i32.const 256) (global.get $usage_len))
    (call $proc_exit (i32.const 2)))

  ;; Loads the arguments; returns argc. Refuses more than 256 arguments or 62 KiB of text.
  (func $load_args (result i32)
    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))
    (if (i32.or (i32.gt_u (i32.load (i32.const 0)) (i32.const 256))
                (i32.gt_u (i32.load (i32.const 4)) (i32.const 63488)))
      (then (call $usage)))
    (drop (call $args_get (i32.const 1024) (i32.const 2048)))
    (i32.load (i32.const 0)))

  ;; Argument $i as an unsigned decimal below 2^62.
  (func $arg (param $i i32) (result i64)
    (local $p i32) (local $c i32) (local $v i64) (local $digits i32)
    (if (i32.ge_u (local.get $i) (i32.load (i32.const 0))) (then (call $usage)))
    (local.set $p (i32.load (i32.add (i32.const 1024) (i32.shl (local.get $i) (i32.const 2)))))
    (block $end
      (loop $next
        (local.set $c (i32.load8_u (local.get $p)))
        (br_if $end (i32.eqz (local.get $c)))
        (if (i32.gt_u (i32.sub (local.get $c) (i32.const 48)) (i32.const 9)) (then (call $usage)))
        (local.set $digits (i32.add (local.get $digits) (i32.const 1)))
        (if (i32.gt_u (local.get $digits) (i32.const 19)) (then (call $usage)))
        (local.set $v (i64.add (i64.mul (local.get $v) (i64.const 10))
                               (i64.extend_i32_u (i32.sub (local.get $c) (i32.const 48)))))
        (local.set $p (i32.add (local.get $p) (i32.const 1)))
        (br $next)))
    (if (i32.or (i32.eqz (local.get $digits)) (i64.gt_u (local.get $v) (i64.const 0x4000000000000000)))
      (then (call $usage)))
    (local.get $v))

  ;; Writes $v in decimal and a newline to stdout.
  (func $print (param $v i64)
    (local $p i32)
    (local.set $p (i32.const 95))
    (i32.store8 (local.get $p) (i32.const 10))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (call $write (i32.const 1) (local.get $p) (i32.sub (i32.const 96) (local.get $p))))

  ;; splitmix64: the next 64 pseudo-random bits from $state.
  (func $next (result i64)
    (local $z i64)
    (global.set $state (i64.add (global.get $state) (i64.const 0x9E3779B97F4A7C15)))
    (local.set $z (global.get $state))
    (local.set $z (i64.mul (i64.xor (local.get $z) (i64.shr_u (local.get $z) (i64.const 30))) (i64.const 0xBF58476D1CE4E5B9)))
    (local.set $z (i64.mul (i64.xor (local.get $z) (i64.shr_u (local.get $z) (i64.const 27))) (i64.const 0x94D049BB133111EB)))
    (i64.xor (local.get $z) (i64.shr_u (local.get $z) (i64.const 31))))

  (func (export "_start")
    (local $left i64) (local $x i64) (local $y i64) (local $hits i64)
    (if (i32.ne (call $load_args) (i32.const 3)) (then (call $usage)))
    (global.set $state (call $arg (i32.const 1)))
    (local.set $left (call $arg (i32.const 2)))
    (block $end
      (loop $sample
        (br_if $end (i64.eqz (local.get $left)))
        ;; a point in the square [0, 2^31)^2; a hit when it lies inside the quarter circle of radius 2^31
        (local.set $x (i64.shr_u (call $next) (i64.const 33)))
        (local.set $y (i64.shr_u (call $next) (i64.const 33)))
        (if (i64.lt_u (i64.add (i64.mul (local.get $x) (local.get $x)) (i64.mul (local.get $y) (local.get $y)))
                      (i64.const 0x4000000000000000))
          (then (local.set $hits (i64.add (local.get $hits) (i64.const 1)))))
        (local.set $left (i64.sub (local.get $left) (i64.const 1)))
        (br $sample)))
    (call $print (local.get $hits))))
