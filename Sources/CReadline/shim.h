/* SPDX-License-Identifier: GPL-3.0-or-later
 * GNU readline for the nlpsh shell, with setters for readline's C globals
 * (Swift 6 does not allow assigning them directly). */
#include <stdio.h>
#define _GNU_SOURCE 1
#include <signal.h>
#include <readline/readline.h>
#include <readline/history.h>

static inline void nlp_rl_set_attempted_completion(rl_completion_func_t *f) { rl_attempted_completion_function = f; }
static inline void nlp_rl_set_completion_over(int v) { rl_attempted_completion_over = v; }
static inline void nlp_rl_set_readline_name(const char *n) { rl_readline_name = n; }
static inline void nlp_rl_set_completer_word_breaks(const char *s) { rl_completer_word_break_characters = (char *)s; }
static inline void nlp_rl_set_completion_append_character(int c) { rl_completion_append_character = c; }
static inline void nlp_rl_set_catch_signals(int v) { rl_catch_signals = v; }
static inline const char *nlp_rl_line_buffer(void) { return rl_line_buffer; }
static inline void nlp_rl_set_filename_completion_desired(int v) { rl_filename_completion_desired = v; }
static inline void nlp_line_buffer_stdout(void) { setvbuf(stdout, NULL, _IOLBF, 0); }
/* Abandon the line being edited (after Ctrl-C at the prompt). */
static inline void nlp_rl_reset_line(void) {
    rl_free_line_state();
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}
static inline void nlp_rl_set_done(int v) { rl_done = v; }
static inline void nlp_rl_set_signal_event_hook(rl_hook_func_t *f) { rl_signal_event_hook = f; }
static inline void nlp_rl_set_filename_quoting(int v) { rl_filename_quoting_desired = v; }
/* SIGINT without SA_RESTART, so that a blocked read() returns and readline
   calls its signal event hook. */
static inline void nlp_install_sigint(void (*handler)(int)) {
    struct sigaction sa;
    sa.sa_handler = handler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}
