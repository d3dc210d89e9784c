#ifndef DOCGEN_MALLOC_H
#define DOCGEN_MALLOC_H

#include <stddef.h>

/* How the process's malloc is set up for reading pages: heaps grown in large steps, and reading
   threads' heaps in huge pages. Hints and settings only: what memory means never changes. */

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
