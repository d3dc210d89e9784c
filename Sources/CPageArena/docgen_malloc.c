#define _GNU_SOURCE /* gettid */
#include "docgen_malloc.h"

#include <stdint.h>
#include <stdlib.h>
#if defined(__GLIBC__) /* (defined by the headers above) */
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

void docgen_malloc_grow_in_large_steps(void) {
#if defined(__GLIBC__)
    mallopt(M_TOP_PAD, 16 << 20);
    mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

int docgen_malloc_prefer_huge_pages_on_this_thread(void) {
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE) && UINTPTR_MAX > 0xFFFFFFFFu
    static _Thread_local int asked;
    if (asked) return 0;
    asked = 1;
    if (getpid() == gettid()) return 0; /* the main thread: its arena is the program break */
    /* glibc gives each thread's arena heaps of 64 MiB (HEAP_MAX_SIZE on 64-bit systems), each
       aligned to its size and starting with the arena: a thread's first blocks lie just above
       the start of such a heap. Anything else (another allocator, a heap long in use) is left. */
    const uintptr_t heap_size = (uintptr_t)64 << 20;
    void *probe = malloc(64);
    if (!probe) return 0;
    uintptr_t base = (uintptr_t)probe & ~(heap_size - 1);
    uintptr_t offset = (uintptr_t)probe - base;
    free(probe);
    if (offset > DOCGEN_HEAP_START_REACH) return 0;
    if (madvise((void *)base, heap_size, MADV_HUGEPAGE) != 0) return 0;
    /* The heap's first 2 MiB are already in use, in small pages, so its faults would stay small:
       collapse them into one huge page now (Linux 6.1+; elsewhere the call fails, harmlessly). */
    (void)madvise((void *)base, (size_t)2 << 20, 25 /* MADV_COLLAPSE */);
    return 1;
#else
    return 0;
#endif
}
