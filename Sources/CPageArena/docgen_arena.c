#include "docgen_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Each allocation is a 16-byte header (its size) and its bytes rounded up to 16, bumped from the
   current block. Blocks of the standard size are kept for the thread's next span; larger ones
   (one allocation each) are freed when the span ends. */

enum { ALIGNMENT = 16, HEADER = 16, BLOCK_BYTES = 512 * 1024 };

typedef struct block {
    struct block *next;
    size_t capacity; /* bytes after the block's header */
    size_t used;
} block;

/* The block's header, rounded up so that its bytes start 16-byte aligned. */
#define BLOCK_HEADER ((sizeof(block) + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT)

static inline char *bytes_of(block *b) { return (char *)b + BLOCK_HEADER; }

typedef struct {
    block *current; /* allocations come from here; earlier blocks of the span follow its `next` */
    block *spare;   /* standard blocks kept for later spans */
    int depth;      /* enter/leave nesting */
} arena;

static pthread_key_t arena_key;
static pthread_once_t arena_key_once = PTHREAD_ONCE_INIT;
static _Thread_local arena *this_thread;

static void free_list(block *b) {
    while (b) {
        block *next = b->next;
        free(b);
        b = next;
    }
}

static void destroy_arena(void *value) {
    arena *a = value;
    free_list(a->current);
    free_list(a->spare);
    free(a);
}

static void make_key(void) {
    if (pthread_key_create(&arena_key, destroy_arena) != 0) {
        fputs("docgen arena: no thread key\n", stderr);
        abort();
    }
}

static void out_of_memory(void) {
    fputs("docgen arena: out of memory\n", stderr);
    abort();
}

static arena *current_arena(void) {
    arena *a = this_thread;
    if (a) return a;
    pthread_once(&arena_key_once, make_key);
    a = calloc(1, sizeof(arena));
    if (!a) out_of_memory();
    if (pthread_setspecific(arena_key, a) != 0) out_of_memory();
    this_thread = a;
    return a;
}

/* The bytes one allocation of `size` takes, header included (0 when it cannot be represented). */
static inline size_t footprint(size_t size) {
    if (size > SIZE_MAX - HEADER - ALIGNMENT) return 0;
    return HEADER + (size + ALIGNMENT - 1) / ALIGNMENT * ALIGNMENT;
}

static block *new_block(size_t capacity) {
    block *b = malloc(BLOCK_HEADER + capacity);
    if (!b) out_of_memory();
    b->next = NULL;
    b->capacity = capacity;
    b->used = 0;
    return b;
}

/* Room for `need` bytes: the current block, a fresh standard one, or a block of its own. */
static block *block_with_room(arena *a, size_t need) {
    block *b = a->current;
    if (b && b->capacity - b->used >= need) return b;
    if (need > BLOCK_BYTES / 4) {
        /* One large allocation: a block of its own behind the current one, which keeps its room. */
        block *large = new_block(need);
        if (b) {
            large->next = b->next;
            b->next = large;
        } else {
            a->current = large;
        }
        return large;
    }
    block *fresh = a->spare;
    if (fresh) {
        a->spare = fresh->next;
        fresh->used = 0;
    } else {
        fresh = new_block(BLOCK_BYTES);
    }
    fresh->next = b;
    a->current = fresh;
    return fresh;
}

static void *allocate(size_t size) {
    size_t need = footprint(size);
    if (need == 0) out_of_memory();
    block *b = block_with_room(current_arena(), need);
    char *start = bytes_of(b) + b->used;
    b->used += need;
    *(size_t *)start = size;
    return start + HEADER;
}

static inline size_t size_of(void *pointer) { return *(size_t *)((char *)pointer - HEADER); }

/* Whether `pointer` is the last allocation of the current block (which can grow or be given back). */
static inline int is_last(arena *a, void *pointer) {
    block *b = a->current;
    if (!b || (char *)pointer < bytes_of(b) + HEADER || (char *)pointer > bytes_of(b) + b->used) return 0;
    return (char *)pointer - HEADER + footprint(size_of(pointer)) == bytes_of(b) + b->used;
}

void docgen_arena_enter(void) { current_arena()->depth += 1; }

void docgen_arena_leave(void) {
    arena *a = current_arena();
    if (a->depth == 0) return;
    a->depth -= 1;
    if (a->depth > 0) return;
    block *b = a->current;
    a->current = NULL;
    while (b) {
        block *next = b->next;
        if (b->capacity == BLOCK_BYTES) {
            b->next = a->spare;
            a->spare = b;
        } else {
            free(b);
        }
        b = next;
    }
}

void *docgen_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) out_of_memory();
    void *pointer = allocate(count * size);
    memset(pointer, 0, count * size);
    return pointer;
}

void *docgen_arena_realloc(void *pointer, size_t size) {
    if (!pointer) return allocate(size);
    size_t old = size_of(pointer);
    if (size <= old) return pointer;
    arena *a = current_arena();
    if (is_last(a, pointer)) {
        size_t need = footprint(size);
        size_t had = footprint(old);
        block *b = a->current;
        if (need != 0 && b->capacity - b->used >= need - had) {
            b->used += need - had;
            *(size_t *)((char *)pointer - HEADER) = size;
            return pointer;
        }
    }
    void *moved = allocate(size);
    memcpy(moved, pointer, old);
    return moved;
}

void docgen_arena_free(void *pointer) {
    if (!pointer) return;
    arena *a = current_arena();
    if (is_last(a, pointer)) a->current->used -= footprint(size_of(pointer));
}

size_t docgen_arena_bytes_held(void) {
    arena *a = current_arena();
    size_t total = 0;
    for (block *b = a->current; b; b = b->next) total += b->capacity;
    for (block *b = a->spare; b; b = b->next) total += b->capacity;
    return total;
}
