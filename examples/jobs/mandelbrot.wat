;; Cyclex built-in workload: one tile of a Mandelbrot picture, as a binary PGM.
;;   args:   mandelbrot WIDTH HEIGHT X Y W H MAXITER
;;           the picture is WIDTH x HEIGHT pixels over re in [-2.5, 1), im in [-1.25, 1.25);
;;           the tile is the W x H pixels from column X, row Y (inside the picture, W*H <= 4194304)
;;   stdout: "P5\n<W> <H>\n255\n" then W*H bytes, row by row: 0 inside the set, else 255 - 255*n/MAXITER
;;           for a point that escapes after n steps
;;   exit:   0, or 2 with a sentence on stderr when the arguments are wrong
;; Fixed point with 28 fraction bits in i64, no floating point: every machine gives the same bytes
;; (the plain-Java reference is com.cyclex.job.builtin.MandelbrotTile).
(module
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "proc_exit" (func $proc_exit (param i32)))
  (memory (export "memory") 1)
  ;; layout: 0 argc, 4 argv bytes, 8 written, 16 iovec, 64..96 digits, 1024 argv[], 2048.. argument text,
  ;; from 65536 the PGM (header, then pixels)
  (data (i32.const 256) "usage: mandelbrot WIDTH HEIGHT X Y W H MAXITER (tile inside the image, W*H <= 4194304, MAXITER <= 1000000)\n")
  (global $usage_len i32 (i32.const 107))

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

  ;; Appends $v in decimal at $p and returns the address after it.
  (func $put_decimal (param $p i32) (param $v i64) (result i32)
    (local $end i32)
    (drop (call $digits (local.get $v)))
    (local.set $end (i32.add (local.get $p) (i32.sub (i32.const 95) (global.get $first))))
    (memory.copy (local.get $p) (global.get $first) (i32.sub (i32.const 95) (global.get $first)))
    (local.get $end))

  (global $first (mut i32) (i32.const 95))
  ;; Writes the digits of $v to 64..95 and sets $first to the first one.
  (func $digits (param $v i64) (result i32)
    (local $p i32)
    (local.set $p (i32.const 95))
    (loop $digit
      (local.set $p (i32.sub (local.get $p) (i32.const 1)))
      (i32.store8 (local.get $p) (i32.add (i32.const 48) (i32.wrap_i64 (i64.rem_u (local.get $v) (i64.const 10)))))
      (local.set $v (i64.div_u (local.get $v) (i64.const 10)))
      (br_if $digit (i64.ne (local.get $v) (i64.const 0))))
    (global.set $first (local.get $p))
    (local.get $p))

  ;; The shade of the pixel whose point is (cre, cim), in 28-bit fixed point.
  (func $shade (param $cre i64) (param $cim i64) (param $max i64) (result i32)
    (local $zr i64) (local $zi i64) (local $zr2 i64) (local $zi2 i64) (local $n i64)
    (block $out
      (loop $step
        (br_if $out (i64.ge_u (local.get $n) (local.get $max)))
        (local.set $zr2 (i64.shr_s (i64.mul (local.get $zr) (local.get $zr)) (i64.const 28)))
        (local.set $zi2 (i64.shr_s (i64.mul (local.get $zi) (local.get $zi)) (i64.const 28)))
        (br_if $out (i64.gt_s (i64.add (local.get $zr2) (local.get $zi2)) (i64.const 0x40000000)))
        (local.set $zi (i64.add (i64.shr_s (i64.mul (local.get $zr) (local.get $zi)) (i64.const 27)) (local.get $cim)))
        (local.set $zr (i64.add (i64.sub (local.get $zr2) (local.get $zi2)) (local.get $cre)))
        (local.set $n (i64.add (local.get $n) (i64.const 1)))
        (br $step)))
    (if (result i32) (i64.ge_u (local.get $n) (local.get $max))
      (then (i32.const 0))
      (else (i32.wrap_i64 (i64.sub (i64.const 255) (i64.div_u (i64.mul (local.get $n) (i64.const 255)) (local.get $max)))))))

  (func (export "_start")
    (local $width i64) (local $height i64) (local $x i64) (local $y i64) (local $w i64) (local $h i64)
    (local $max i64) (local $p i32) (local $px i64) (local $py i64) (local $cim i64) (local $start i32)
    (if (i32.ne (call $load_args) (i32.const 8)) (then (call $usage)))
    (local.set $width (call $arg (i32.const 1)))
    (local.set $height (call $arg (i32.const 2)))
    (local.set $x (call $arg (i32.const 3)))
    (local.set $y (call $arg (i32.const 4)))
    (local.set $w (call $arg (i32.const 5)))
    (local.set $h (call $arg (i32.const 6)))
    (local.set $max (call $arg (i32.const 7)))
    (if (i32.or (i32.or (i64.eqz (local.get $width)) (i64.eqz (local.get $height)))
                (i32.or (i64.gt_u (local.get $width) (i64.const 65536)) (i64.gt_u (local.get $height) (i64.const 65536))))
      (then (call $usage)))
    (if (i32.or (i64.gt_u (i64.add (local.get $x) (local.get $w)) (local.get $width))
                (i64.gt_u (i64.add (local.get $y) (local.get $h)) (local.get $height)))
      (then (call $usage)))
    (if (i32.or (i64.gt_u (i64.mul (local.get $w) (local.get $h)) (i64.const 4194304))
                (i32.or (i64.eqz (local.get $max)) (i64.gt_u (local.get $max) (i64.const 1000000))))
      (then (call $usage)))
    ;; room for the header (under 64 bytes) and the pixels, from 65536
    (if (i32.lt_s (memory.grow (i32.wrap_i64 (i64.add (i64.div_u (i64.add (i64.mul (local.get $w) (local.get $h)) (i64.const 64)) (i64.const 65536)) (i64.const 1))))
                  (i32.const 0))
      (then unreachable))
    (local.set $p (i32.const 65536))
    ;; the header: "P5\n" W " " H "\n255\n"
    (i32.store8 (local.get $p) (i32.const 0x50))
    (i32.store8 (i32.add (local.get $p) (i32.const 1)) (i32.const 0x35))
    (i32.store8 (i32.add (local.get $p) (i32.const 2)) (i32.const 10))
    (local.set $p (call $put_decimal (i32.add (local.get $p) (i32.const 3)) (local.get $w)))
    (i32.store8 (local.get $p) (i32.const 32))
    (local.set $p (call $put_decimal (i32.add (local.get $p) (i32.const 1)) (local.get $h)))
    (i32.store8 (local.get $p) (i32.const 10))
    (i32.store8 (i32.add (local.get $p) (i32.const 1)) (i32.const 50))
    (i32.store8 (i32.add (local.get $p) (i32.const 2)) (i32.const 53))
    (i32.store8 (i32.add (local.get $p) (i32.const 3)) (i32.const 53))
    (i32.store8 (i32.add (local.get $p) (i32.const 4)) (i32.const 10))
    (local.set $p (i32.add (local.get $p) (i32.const 5)))
    (local.set $start (i32.const 65536))
    (local.set $py (local.get $y))
    (block $rows_done
      (loop $row
        (br_if $rows_done (i64.ge_u (local.get $py) (i64.add (local.get $y) (local.get $h))))
        ;; im = -1.25 + 2.5 * py / HEIGHT
        (local.set $cim (i64.add (i64.const -335544320) (i64.div_u (i64.mul (i64.const 671088640) (local.get $py)) (local.get $height))))
        (local.set $px (local.get $x))
        (block $cols_done
          (loop $col
            (br_if $cols_done (i64.ge_u (local.get $px) (i64.add (local.get $x) (local.get $w))))
            ;; re = -2.5 + 3.5 * px / WIDTH
            (i32.store8 (local.get $p)
              (call $shade (i64.add (i64.const -671088640) (i64.div_u (i64.mul (i64.const 939524096) (local.get $px)) (local.get $width)))
                           (local.get $cim) (local.get $max)))
            (local.set $p (i32.add (local.get $p) (i32.const 1)))
            (local.set $px (i64.add (local.get $px) (i64.const 1)))
            (br $col)))
        (local.set $py (i64.add (local.get $py) (i64.const 1)))
        (br $row)))
    (call $write (i32.const 1) (local.get $start) (i32.sub (local.get $p) (local.get $start)))))
