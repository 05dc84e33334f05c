//! Sparse rows and a compressed-sparse-row matrix: the only numeric form features take.

/// Rows stored back to back: row `i` is `indices/values[indptr[i]..indptr[i + 1]]`.
#[derive(Debug, Clone, PartialEq)]
pub struct CsrMatrix {
    pub indptr: Vec<usize>,
    pub indices: Vec<u32>,
    pub values: Vec<f32>,
    pub n_cols: usize,
}

impl CsrMatrix {
    pub fn new(n_cols: usize) -> Self {
        CsrMatrix {
            indptr: vec![0],
            indices: Vec::new(),
            values: Vec::new(),
            n_cols,
        }
    }

    pub fn push_row(&mut self, row: &[(u32, f32)]) {
        for &(i, v) in row {
            debug_assert!((i as usize) < self.n_cols);
            self.indices.push(i);
            self.values.push(v);
        }
        self.indptr.push(self.indices.len());
    }

    pub fn n_rows(&self) -> usize {
        self.indptr.len() - 1
    }

    pub fn row(&self, i: usize) -> (&[u32], &[f32]) {
        let (a, b) = (self.indptr[i], self.indptr[i + 1]);
        (&self.indices[a..b], &self.values[a..b])
    }

    /// The transpose, again as rows: row `j` of the result lists `(row, value)` of column
    /// `j`, rows ascending. Gradients are sums over a column's entries, and walking them
    /// this way needs no per-thread gradient copies.
    pub fn transpose(&self) -> CsrMatrix {
        let mut counts = vec![0usize; self.n_cols + 1];
        for &j in &self.indices {
            counts[j as usize + 1] += 1;
        }
        for j in 0..self.n_cols {
            counts[j + 1] += counts[j];
        }
        let indptr = counts.clone();
        let mut next = counts;
        let mut indices = vec![0u32; self.indices.len()];
        let mut values = vec![0f32; self.values.len()];
        for r in 0..self.n_rows() {
            let (idx, val) = self.row(r);
            for (&j, &v) in idx.iter().zip(val) {
                let at = &mut next[j as usize];
                indices[*at] = r as u32;
                values[*at] = v;
                *at += 1;
            }
        }
        CsrMatrix {
            indptr,
            indices,
            values,
            n_cols: self.n_rows(),
        }
    }

    /// The matrix as a dense ndarray (for the linfa solver; fine for small vocabularies only).
    pub fn to_dense(&self) -> ndarray::Array2<f64> {
        let mut dense = ndarray::Array2::zeros((self.n_rows(), self.n_cols));
        for r in 0..self.n_rows() {
            let (idx, val) = self.row(r);
            for (&i, &v) in idx.iter().zip(val) {
                dense[[r, i as usize]] = f64::from(v);
            }
        }
        dense
    }
}

/// Sorts `(column, weight)` pairs by column and sums duplicates, in place.
pub fn merge_duplicates(row: &mut Vec<(u32, f32)>) {
    row.sort_unstable_by_key(|&(i, _)| i);
    let mut write = 0;
    for read in 0..row.len() {
        if write > 0 && row[write - 1].0 == row[read].0 {
            row[write - 1].1 += row[read].1;
        } else {
            row[write] = row[read];
            write += 1;
        }
    }
    row.truncate(write);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicates_are_summed_in_order() {
        let mut row = vec![(5, 1.0), (2, 0.5), (5, 2.0), (1, 1.0)];
        merge_duplicates(&mut row);
        assert_eq!(row, vec![(1, 1.0), (2, 0.5), (5, 3.0)]);
    }

    #[test]
    fn csr_rows_and_dense_agree() {
        let mut m = CsrMatrix::new(3);
        m.push_row(&[(0, 1.0), (2, 2.0)]);
        m.push_row(&[]);
        m.push_row(&[(1, 3.0)]);
        assert_eq!(m.n_rows(), 3);
        assert_eq!(m.row(1).0.len(), 0);
        let d = m.to_dense();
        assert_eq!(d[[0, 2]], 2.0);
        assert_eq!(d[[2, 1]], 3.0);
    }

    #[test]
    fn transpose_swaps_rows_and_columns() {
        let mut m = CsrMatrix::new(3);
        m.push_row(&[(0, 1.0), (2, 2.0)]);
        m.push_row(&[]);
        m.push_row(&[(0, 4.0), (1, 3.0)]);
        let t = m.transpose();
        assert_eq!((t.n_rows(), t.n_cols), (3, 3));
        assert_eq!(t.row(0), (&[0, 2][..], &[1.0, 4.0][..]));
        assert_eq!(t.row(1), (&[2][..], &[3.0][..]));
        assert_eq!(t.row(2), (&[0][..], &[2.0][..]));
        assert_eq!(t.transpose(), m);
        assert_eq!(t.to_dense(), m.to_dense().t());
    }
}
