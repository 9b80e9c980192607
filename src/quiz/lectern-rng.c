/* SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lectern-rng.h"

void
lectern_rng_init (LecternRng *self,
                  guint64     seed)
{
  g_return_if_fail (self != NULL);

  self->state = seed;
}

/* 64-bit FNV-1a: stable across platforms, unlike g_str_hash. */
guint64
lectern_rng_hash (const char *text)
{
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);

  for (const guchar *p = (const guchar *) text; p != NULL && *p != '\0'; p++)
    {
      hash ^= *p;
      hash *= G_GUINT64_CONSTANT (0x100000001b3);
    }

  return hash;
}

void
lectern_rng_init_keyed (LecternRng *self,
                        guint64     seed,
                        const char *key)
{
  LecternRng mix;

  g_return_if_fail (self != NULL);

  lectern_rng_init (&mix, seed ^ lectern_rng_hash (key));
  lectern_rng_init (self, lectern_rng_next (&mix));
}

guint64
lectern_rng_next (LecternRng *self)
{
  guint64 z;

  self->state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
  z = self->state;
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);
  return z ^ (z >> 31);
}

guint
lectern_rng_below (LecternRng *self,
                   guint       n)
{
  g_return_val_if_fail (n > 0, 0);

  /* The top bits of splitmix64 are the best mixed. */
  return (guint) (((lectern_rng_next (self) >> 32) * (guint64) n) >> 32);
}

void
lectern_rng_shuffle (LecternRng *self,
                     GPtrArray  *array)
{
  g_return_if_fail (array != NULL);

  for (guint i = array->len; i > 1; i--)
    {
      guint j = lectern_rng_below (self, i);
      gpointer tmp = array->pdata[i - 1];

      array->pdata[i - 1] = array->pdata[j];
      array->pdata[j] = tmp;
    }
}
