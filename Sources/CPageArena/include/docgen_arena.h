#ifndef DOCGEN_ARENA_H
#define DOCGEN_ARENA_H

#include <stddef.h>

/* A bump allocator for one thread's C parse at a time: cmark-gfm makes and frees hundreds of small
   blocks per page (nodes, buffers), and spends a good part of its time in malloc and free.
   Given these three functions (as a cmark_mem), a parser's blocks come from the calling thread's
   arena instead: an allocation moves a pointer, a free does nothing (or gives back the last block),
   and everything is given back at once when the outermost docgen_arena_leave() of the thread runs.

   Rules: call docgen_arena_enter() before the parse and docgen_arena_leave() once nothing it made
   is used any more (the tree freed, every string copied out); enter/leave pairs may nest on one
   thread (memory is given back when the outermost pair ends). Memory from one thread's arena must
   not be used on another thread after its leave. Out of memory aborts, as cmark-gfm's own
   allocator does. A thread's arena is freed when the thread ends. */

/** Starts (or nests) a span whose allocations are given back together. */
void docgen_arena_enter(void);

/** Ends a span; the outermost end gives back every allocation made since the first enter. */
void docgen_arena_leave(void);

/** calloc: zeroed memory for `count` elements of `size` bytes, 16-byte aligned. */
void *docgen_arena_calloc(size_t count, size_t size);

/** realloc: grows in place when `pointer` is the arena's last allocation, else copies. */
void *docgen_arena_realloc(void *pointer, size_t size);

/** free: gives the memory back only when it is the arena's last allocation. */
void docgen_arena_free(void *pointer);

/** The bytes held by this thread's arena now (blocks in use and kept for reuse): for tests. */
size_t docgen_arena_bytes_held(void);

/** Has the C library's malloc (glibc) grow and shrink its heaps in steps of megabytes, not pages:
    a process that reads hundreds of pages on two threads otherwise extends each thread's heap
    a few kilobytes at a time, one mprotect (which holds the address space's lock against the
    other thread's page faults) per step, several hundred times a run. Untouched room costs no
    memory. Does nothing where malloc is not glibc's. Call once, before the work starts. */
void docgen_malloc_grow_in_large_steps(void);

/** Asks the kernel to back the calling thread's malloc heap with huge pages where it can
    (madvise MADV_HUGEPAGE; transparent huge pages in "madvise" mode, as Debian ships them): a
    thread that reads pages fills megabytes of fresh heap, and each 4 KiB page of it is otherwise
    a page fault of its own (about 2,000 of them for the corpus, a few microseconds each). Only a
    hint: the memory means the same either way, and where the kernel has no huge pages or the
    heap is not glibc's per-thread heap (64 MiB, aligned to its size) nothing is asked. Once per
    thread; the main thread (whose heap is the program break) is left alone. Returns 1 when it
    asked (a fresh block of the thread lay within DOCGEN_HEAP_START_REACH bytes of a 64 MiB
    boundary, and the kernel took the advice), else 0. */
int docgen_malloc_prefer_huge_pages_on_this_thread(void);

/** How far above the start of a 64 MiB-aligned heap a thread's fresh block may lie for
    docgen_malloc_prefer_huge_pages_on_this_thread to take the heap for glibc's. */
#define DOCGEN_HEAP_START_REACH ((size_t)256 << 10)

#endif
