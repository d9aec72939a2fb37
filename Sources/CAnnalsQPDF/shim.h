#ifndef ANNALS_QPDF_SHIM_H
#define ANNALS_QPDF_SHIM_H
#include <qpdf/qpdf-c.h>
#endif
