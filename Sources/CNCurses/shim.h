#ifndef ASSIST_CNCURSES_SHIM_H
#define ASSIST_CNCURSES_SHIM_H
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <langinfo.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

/* What Swift cannot import from curses.h: macros with arguments or bit shifts, and globals
   that Swift 6 rejects as shared mutable state. One thin wrapper each. */

static inline WINDOW *assist_stdscr(void) { return stdscr; }
static inline void assist_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y, x;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

static inline attr_t assist_attribute_normal(void) { return A_NORMAL; }
static inline attr_t assist_attribute_bold(void) { return A_BOLD; }
static inline attr_t assist_attribute_dim(void) { return A_DIM; }
static inline attr_t assist_attribute_reverse(void) { return A_REVERSE; }
static inline attr_t assist_attribute_underline(void) { return A_UNDERLINE; }
static inline attr_t assist_attribute_colour_mask(void) { return A_COLOR; }

static inline int assist_key_function(int number) { return KEY_F(number); }

static inline int assist_characters_per_cell(void) { return CCHARW_MAX; }

#endif
