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

#endif
